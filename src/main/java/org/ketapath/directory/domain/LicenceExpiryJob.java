package org.ketapath.directory.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every day at 02:15 UTC, licences past their expiry date become EXPIRED. */
@Component
class LicenceExpiryJob {

    private static final Logger log = LoggerFactory.getLogger(LicenceExpiryJob.class);

    private final VerificationService verification;

    LicenceExpiryJob(VerificationService verification) {
        this.verification = verification;
    }

    @Scheduled(cron = "${ketapath.directory.licence-expiry-cron:0 15 2 * * *}", zone = "UTC")
    void run() {
        int expired = verification.expireLicences();
        log.info("licence expiry job: {} licences expired", expired);
    }
}
