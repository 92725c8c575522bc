package org.regionalhealth.ecg.worklist;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.regionalhealth.ecg.signal.Lead;
import org.regionalhealth.platform.CurrentUsers;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upload API for electrocardiographs and station systems: {@code POST /api/ecg/recordings} with the HL7 aECG document
 * as the body ({@code application/xml}). Answers 201 with the pre-read, or an RFC 9457 problem
 * ({@code ECG_FILE_REJECTED}, 422, every problem in {@code errors}) with nothing stored. {@code POST
 * /api/ecg/recordings/{id}/claim} claims an ECG for an ECG physician (409 {@code ECG_ALREADY_CLAIMED}).
 */
@RestController
class EcgApiController {

    /** The stored ECG and its automatic pre-read. */
    record Uploaded(
            long id,
            String state,
            int heartRate,
            double rrIrregularity,
            boolean afSuspected,
            boolean stemiSuspected,
            List<String> stemiLeads,
            Map<String, Double> stElevationMv,
            String note) {}

    private final EcgWorklist worklist;
    private final CurrentUsers users;

    EcgApiController(EcgWorklist worklist, CurrentUsers users) {
        this.worklist = worklist;
        this.users = users;
    }

    @PostMapping(
            path = "/api/ecg/recordings",
            consumes = {"application/xml", "text/xml", "application/hl7-v3+xml", "application/octet-stream"})
    @PreAuthorize("hasAnyRole('STATION_DOCTOR', 'HOSPITAL_DOCTOR', 'SERVICE')")
    ResponseEntity<Uploaded> upload(@RequestBody byte[] body) {
        var r = worklist.upload(body, users.require());
        return ResponseEntity.created(URI.create("/api/ecg/recordings/" + r.id()))
                .body(uploaded(r));
    }

    @PostMapping("/api/ecg/recordings/{id}/claim")
    @PreAuthorize("hasRole('ECG_PHYSICIAN')")
    Uploaded claim(@PathVariable long id) {
        return uploaded(worklist.claim(id, users.require()));
    }

    private static Uploaded uploaded(Recording r) {
        var st = new java.util.LinkedHashMap<String, Double>();
        for (Lead lead : Lead.values()) {
            st.put(lead.label(), r.st(lead));
        }
        return new Uploaded(
                r.id(),
                r.state().name(),
                r.heartRate(),
                r.rrIrregularity(),
                r.afSuspected(),
                r.stemiSuspected(),
                r.stemiLeads().stream().map(Lead::label).toList(),
                st,
                "自动预判，须心电诊断医生确认");
    }
}
