package org.regionalhealth.ecg.worklist;

import java.io.IOException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.regionalhealth.platform.CurrentUsers;
import org.regionalhealth.platform.PlatformException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The sending station's page: critical call-backs to confirm (a banner with the report), the upload of an aECG file
 * and the station's ECGs with their state.
 */
@Controller
@PreAuthorize("hasAnyRole('STATION_DOCTOR', 'HOSPITAL_DOCTOR')")
class EcgStationController {

    private final EcgWorklist worklist;
    private final CurrentUsers users;
    private final Clock clock;

    EcgStationController(EcgWorklist worklist, CurrentUsers users, Clock clock) {
        this.worklist = worklist;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/ecg/station")
    String station(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) @Nullable Long uploaded,
            Model model) {
        return page(page, uploaded, null, model);
    }

    @PostMapping("/ecg/station/upload")
    String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return page(0, null, "请选择要上传的心电图文件（HL7 aECG XML）", model);
        }
        try {
            var recording = worklist.upload(file.getBytes(), users.require());
            return "redirect:/ecg/station?uploaded=" + recording.id();
        } catch (PlatformException e) {
            return page(0, null, e.getMessage(), model);
        }
    }

    @PostMapping("/ecg/recordings/{id}/confirm")
    String confirm(@PathVariable long id) {
        worklist.confirm(id, users.require());
        return "redirect:/ecg/station";
    }

    private String page(int page, @Nullable Long uploaded, @Nullable String error, Model model) {
        var user = users.require();
        var result = worklist.sent(user, page, 20);
        model.addAttribute("callbacks", worklist.awaitingConfirmation(user));
        model.addAttribute("result", result);
        model.addAttribute("uploaded", uploaded);
        model.addAttribute("uploadError", error);
        model.addAttribute("now", java.time.Instant.now(clock));
        model.addAttribute("zone", clock.getZone());
        return "ecg/station";
    }
}
