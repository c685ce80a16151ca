package org.ketapath.billing.web;

import java.util.UUID;
import org.ketapath.billing.domain.SuperbillDocument;
import org.ketapath.billing.domain.Superbills;

/** A superbill in a list, in words. */
record SuperbillRow(
        UUID id,
        String number,
        int version,
        String clinic,
        String period,
        String issued,
        String total,
        boolean superseded) {

    static SuperbillRow of(Superbills.Issued i) {
        SuperbillDocument d = i.document();
        SuperbillPdf.Dates dates = new SuperbillPdf.Dates(java.time.ZoneId.of(d.timezone()));
        return new SuperbillRow(
                d.id(),
                d.number(),
                d.version(),
                d.clinic().name(),
                dates.date(d.from()) + " to " + dates.date(d.to()),
                dates.day(d.issuedAt()),
                d.totalCharge().format(),
                i.supersededBy() != null);
    }
}
