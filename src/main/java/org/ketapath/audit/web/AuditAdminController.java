package org.ketapath.audit.web;

import org.ketapath.audit.AuditReports;
import org.ketapath.audit.AuditReports.ChainVerification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Platform administrators check that nobody has changed the audit trail. */
@RestController
@RequestMapping("/api/v1/admin/audit")
class AuditAdminController {

    private final AuditReports reports;

    AuditAdminController(AuditReports reports) {
        this.reports = reports;
    }

    @GetMapping("/verify")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ChainVerification verify() {
        return reports.verify();
    }
}
