package org.regionalhealth.childcare.subsidy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.regionalhealth.childcare.Payment;
import org.regionalhealth.childcare.SubsidyLedger;
import org.regionalhealth.platform.AuditLog;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.Labels;
import org.regionalhealth.platform.MenuSection;
import org.regionalhealth.platform.NavigationItem;
import org.regionalhealth.platform.PlatformException;
import org.regionalhealth.platform.Role;
import org.regionalhealth.residents.Masking;
import org.regionalhealth.residents.ResidentIdNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Payment batches (补贴发放): one button pays every approved application not yet paid (the form carries an
 * idempotency key, so a double click makes one batch), reconciliation per batch, the payment list as Excel for
 * finance, and the rule versions with their sources.
 */
@Controller
@PreAuthorize("hasAnyRole('SUBSIDY_OFFICER', 'DISTRICT_ADMIN')")
class PaymentController {

    private final SubsidyLedger ledger;
    private final CurrentUsers users;
    private final Labels labels;
    private final AuditLog audit;
    private final Clock clock;

    PaymentController(SubsidyLedger ledger, CurrentUsers users, Labels labels, AuditLog audit, Clock clock) {
        this.ledger = ledger;
        this.users = users;
        this.labels = labels;
        this.audit = audit;
        this.clock = clock;
    }

    @Bean
    static NavigationItem subsidyPaymentLink() {
        return new NavigationItem(
                "childcare.nav.payments",
                "/childcare/payments",
                MenuSection.PUBLIC_HEALTH,
                Set.of(Role.SUBSIDY_OFFICER, Role.DISTRICT_ADMIN));
    }

    record BatchRow(org.regionalhealth.childcare.PaymentBatch batch, String created, String reconciled) {}

    @GetMapping("/childcare/payments")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        var user = users.require();
        var result = ledger.batches(user, page, 20);
        var format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        model.addAttribute("result", result);
        model.addAttribute(
                "batches",
                result.items().stream()
                        .map(b -> new BatchRow(
                                b,
                                LocalDateTime.ofInstant(b.createdAt(), clock.getZone())
                                        .format(format),
                                b.reconciledAt() == null
                                        ? ""
                                        : LocalDateTime.ofInstant(b.reconciledAt(), clock.getZone())
                                                .format(format)))
                        .toList());
        var counts = ledger.countByState(user);
        model.addAttribute("awaiting", counts.get(org.regionalhealth.childcare.ApplicationState.APPROVED));
        model.addAttribute("rules", ledger.rules());
        model.addAttribute("payKey", UUID.randomUUID().toString());
        return "childcare/payments";
    }

    @PostMapping("/childcare/payments")
    String pay(@RequestParam String idempotencyKey) {
        var batch = ledger.pay(idempotencyKey, users.require());
        return "redirect:/childcare/payments?paid=" + batch.id() + "&count=" + batch.payments();
    }

    @PostMapping("/childcare/payments/{id}/reconcile")
    String reconcile(@PathVariable long id, Model model) {
        var result = ledger.reconcile(id, users.require());
        return "redirect:/childcare/payments?reconciled=" + id + "&problems="
                + result.problems().size();
    }

    @GetMapping("/childcare/payments/{id}.xlsx")
    ResponseEntity<StreamingResponseBody> excel(@PathVariable long id) {
        var user = users.require();
        var batch = ledger.batch(id, user)
                .orElseThrow(() -> PlatformException.notFound("SUBSIDY_BATCH_NOT_FOUND", "未找到该付款批次"));
        var payments = ledger.payments(id, user);
        audit.record(
                AuditLog.Action.EXPORT,
                "childcare_payment",
                payments.stream().map(Payment::id).toList(),
                "育儿补贴付款批次 " + id + " 导出Excel（财务）");
        var rules = ledger.rules();
        boolean full = user.disclosure().fullIdentifiers();
        boolean names = user.disclosure().fullName();
        StreamingResponseBody body = out -> {
            Workbook wb = new Workbook(out, "RegionalHealthPlatform", "1.0");
            var ws = wb.newWorksheet("付款明细");
            ws.value(
                    0,
                    0,
                    "付款批次 " + id + " · " + batch.payments() + " 笔 · 合计 " + batch.total() + " 元 · "
                            + labels.of(batch.state()));
            String[] titles = {"付款编号", "申请编号", "补贴项目", "规则版本", "年度", "孩子", "身份证号", "收款人", "收款账户", "月数", "金额（元）", "付款时间"
            };
            for (int c = 0; c < titles.length; c++) {
                ws.value(1, c, titles[c]);
                ws.style(1, c).bold().set();
            }
            int r = 2;
            var format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
            for (var p : payments) {
                ws.value(r, 0, p.id());
                ws.value(r, 1, p.applicationId());
                ws.value(
                        r,
                        2,
                        rules.stream()
                                .filter(x -> x.scheme().equals(p.scheme()))
                                .map(x -> x.name())
                                .findFirst()
                                .orElse(p.scheme()));
                ws.value(r, 3, "第" + p.ruleVersion() + "版");
                ws.value(r, 4, p.period());
                ws.value(r, 5, names ? p.childName() : Masking.name(p.childName()));
                ws.value(r, 6, full ? p.childIdNumber() : new ResidentIdNumber(p.childIdNumber()).masked());
                ws.value(r, 7, names ? p.applicantName() : Masking.name(p.applicantName()));
                ws.value(r, 8, full ? p.bankAccount() : maskAccount(p.bankAccount()));
                ws.value(r, 9, p.months());
                ws.value(r, 10, p.amount());
                ws.value(
                        r,
                        11,
                        LocalDateTime.ofInstant(p.paidAt(), clock.getZone()).format(format));
                r++;
            }
            wb.finish();
        };
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("育儿补贴付款批次-" + id + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .body(body);
    }

    static String maskAccount(String account) {
        return account.length() <= 8
                ? account
                : account.substring(0, 4) + "****" + account.substring(account.length() - 4);
    }
}
