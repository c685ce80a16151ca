package org.ketapath.billing.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.billing.BillableService;
import org.ketapath.billing.domain.BillingIdentity;
import org.ketapath.billing.domain.PriceList;
import org.ketapath.shared.Money;
import org.ketapath.shared.Npi;

/**
 * The price list settings form as typed (text, so every mistake can be named beside its field), and its reading
 * into a {@link PriceList} and {@link BillingIdentity} by the value types' own rules.
 */
public class PriceListForm {

    /** How many package rows the form offers. */
    static final int PACKAGE_ROWS = 4;

    private String consultation = "";
    private Map<String, String> services = new LinkedHashMap<>();
    private List<PackageRow> packages = new ArrayList<>();
    private String inclusions = "";
    private boolean selfPay;
    private boolean hsaFsa;
    private boolean superbill;
    private String cancellationFee = "";
    private String noShowFee = "";
    private String taxId = "";
    private String organisationNpi = "";
    private String ketamineNdc = "";

    /** One package row; all empty means no package. */
    public static class PackageRow {
        private String name = "";
        private String service = BillableService.IV_INFUSION.name();
        private String sessions = "";
        private String price = "";
        private String validDays = "";

        boolean blank() {
            return name.isBlank() && sessions.isBlank() && price.isBlank() && validDays.isBlank();
        }

        public String getName() {
            return name;
        }

        public void setName(@Nullable String name) {
            this.name = name == null ? "" : name;
        }

        public String getService() {
            return service;
        }

        public void setService(@Nullable String service) {
            this.service = service == null ? "" : service;
        }

        public String getSessions() {
            return sessions;
        }

        public void setSessions(@Nullable String sessions) {
            this.sessions = sessions == null ? "" : sessions;
        }

        public String getPrice() {
            return price;
        }

        public void setPrice(@Nullable String price) {
            this.price = price == null ? "" : price;
        }

        public String getValidDays() {
            return validDays;
        }

        public void setValidDays(@Nullable String validDays) {
            this.validDays = validDays == null ? "" : validDays;
        }
    }

    static PriceListForm of(PriceList list, BillingIdentity identity) {
        PriceListForm form = new PriceListForm();
        form.consultation = list.consultation().plain();
        for (BillableService s : BillableService.values()) {
            form.services.put(s.name(), list.priceOf(s).map(Money::plain).orElse(""));
        }
        for (PriceList.PricePackage p : list.packages()) {
            PackageRow row = new PackageRow();
            row.name = p.name();
            row.service = p.service().name();
            row.sessions = String.valueOf(p.sessions());
            row.price = p.price().plain();
            row.validDays = p.validDays() == null ? "" : String.valueOf(p.validDays());
            form.packages.add(row);
        }
        form.inclusions = list.inclusions();
        form.selfPay = list.payment().selfPay();
        form.hsaFsa = list.payment().hsaFsa();
        form.superbill = list.payment().superbill();
        form.cancellationFee = list.cancellationFee().plain();
        form.noShowFee = list.noShowFee().plain();
        form.taxId = identity.taxId() == null ? "" : identity.taxId();
        form.organisationNpi = identity.organisationNpi() == null
                ? ""
                : identity.organisationNpi().value();
        form.ketamineNdc = identity.ketamineNdc() == null ? "" : BillingIdentity.formatNdc(identity.ketamineNdc());
        form.padRows();
        return form;
    }

    /** Adds empty package rows up to {@link #PACKAGE_ROWS}. */
    void padRows() {
        while (packages.size() < PACKAGE_ROWS) {
            packages.add(new PackageRow());
        }
    }

    /** The form read, or the errors by field id (in the order of the form). */
    record Read(@Nullable PriceList list, @Nullable BillingIdentity identity, Map<String, String> errors) {}

    Read read(UUID clinicId) {
        Map<String, String> errors = new LinkedHashMap<>();
        Money consult = money("consultation", consultation, "Consultation price", true, errors);
        Map<BillableService, Money> prices = new EnumMap<>(BillableService.class);
        for (BillableService s : BillableService.values()) {
            String typed = services.getOrDefault(s.name(), "");
            if (!typed.isBlank()) {
                Money m = money("services-" + s.name(), typed, s.label() + " price", true, errors);
                if (m != null) {
                    prices.put(s, m);
                }
            }
        }
        List<PriceList.PricePackage> read = new ArrayList<>();
        for (int i = 0; i < packages.size() && i < 20; i++) {
            PackageRow row = packages.get(i);
            if (row.blank()) {
                continue;
            }
            PriceList.PricePackage p = readPackage(i, row, errors);
            if (p != null) {
                read.add(p);
            }
        }
        if (inclusions.strip().length() > 1000) {
            errors.put("inclusions", "What the prices include must be 1,000 characters or fewer");
        }
        Money cancel = money("cancellationFee", cancellationFee, "Late cancellation fee", false, errors);
        Money noShow = money("noShowFee", noShowFee, "Missed visit fee", false, errors);
        String ein = null;
        if (!taxId.isBlank()) {
            ein = BillingIdentity.normaliseEin(taxId);
            if (ein == null) {
                errors.put("taxId", "Tax id (EIN) must be 9 digits, like 12-3456789");
            }
        }
        Npi npi = null;
        if (!organisationNpi.isBlank()) {
            if (Npi.isValid(organisationNpi.strip())) {
                npi = new Npi(organisationNpi.strip());
            } else {
                errors.put("organisationNpi", "Organisation NPI must be 10 digits with a valid check digit");
            }
        }
        String ndc = null;
        if (!ketamineNdc.isBlank()) {
            ndc = BillingIdentity.normaliseNdc(ketamineNdc);
            if (ndc == null) {
                errors.put("ketamineNdc", "Ketamine NDC must be as on the package, like 42023-0113-10, or 11 digits");
            }
        }
        if (!errors.isEmpty()) {
            return new Read(null, null, errors);
        }
        PriceList list = new PriceList(
                clinicId,
                consult,
                prices,
                read,
                inclusions.strip(),
                new PriceList.PaymentOptions(selfPay, hsaFsa, superbill),
                cancel,
                noShow,
                false);
        return new Read(list, new BillingIdentity(clinicId, ein, npi, ndc), errors);
    }

    private static PriceList.@Nullable PricePackage readPackage(int i, PackageRow row, Map<String, String> errors) {
        String id = "packages-" + i + "-";
        String label = "Package " + (i + 1) + ": ";
        int before = errors.size();
        if (row.name.isBlank() || row.name.strip().length() > 100) {
            errors.put(id + "name", label + "enter a name of up to 100 characters");
        }
        BillableService service = BillableService.parse(row.service);
        if (service == null) {
            errors.put(id + "service", label + "choose a service");
        }
        Integer sessions = whole(row.sessions, 2, 50);
        if (sessions == null) {
            errors.put(id + "sessions", label + "sessions must be a whole number from 2 to 50");
        }
        Money price = money(id + "price", row.price, label + "price", true, errors);
        Integer validDays = null;
        if (!row.validDays.isBlank()) {
            validDays = whole(row.validDays, 1, 730);
            if (validDays == null) {
                errors.put(id + "validDays", label + "valid for must be a whole number of days from 1 to 730");
            }
        }
        if (errors.size() > before || service == null || sessions == null || price == null) {
            return null;
        }
        return new PriceList.PricePackage(row.name.strip(), service, sessions, price, validDays);
    }

    private static @Nullable Money money(
            String id, String typed, String label, boolean required, Map<String, String> errors) {
        if (typed.isBlank()) {
            if (required) {
                errors.put(id, label + ": enter an amount in dollars, like 550 (0 for free)");
                return null;
            }
            return Money.ZERO;
        }
        try {
            return Money.parse(typed);
        } catch (IllegalArgumentException e) {
            errors.put(id, label + " " + e.getMessage());
            return null;
        }
    }

    private static @Nullable Integer whole(String typed, int min, int max) {
        String t = typed.strip();
        if (!t.matches("[0-9]{1,4}")) {
            return null;
        }
        int n = Integer.parseInt(t);
        return n < min || n > max ? null : n;
    }

    public String getConsultation() {
        return consultation;
    }

    public void setConsultation(@Nullable String consultation) {
        this.consultation = consultation == null ? "" : consultation;
    }

    public Map<String, String> getServices() {
        return services;
    }

    public void setServices(Map<String, String> services) {
        this.services = services;
    }

    public List<PackageRow> getPackages() {
        return packages;
    }

    public void setPackages(List<PackageRow> packages) {
        this.packages = packages;
    }

    public String getInclusions() {
        return inclusions;
    }

    public void setInclusions(@Nullable String inclusions) {
        this.inclusions = inclusions == null ? "" : inclusions;
    }

    public boolean isSelfPay() {
        return selfPay;
    }

    public void setSelfPay(boolean selfPay) {
        this.selfPay = selfPay;
    }

    public boolean isHsaFsa() {
        return hsaFsa;
    }

    public void setHsaFsa(boolean hsaFsa) {
        this.hsaFsa = hsaFsa;
    }

    public boolean isSuperbill() {
        return superbill;
    }

    public void setSuperbill(boolean superbill) {
        this.superbill = superbill;
    }

    public String getCancellationFee() {
        return cancellationFee;
    }

    public void setCancellationFee(@Nullable String cancellationFee) {
        this.cancellationFee = cancellationFee == null ? "" : cancellationFee;
    }

    public String getNoShowFee() {
        return noShowFee;
    }

    public void setNoShowFee(@Nullable String noShowFee) {
        this.noShowFee = noShowFee == null ? "" : noShowFee;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(@Nullable String taxId) {
        this.taxId = taxId == null ? "" : taxId;
    }

    public String getOrganisationNpi() {
        return organisationNpi;
    }

    public void setOrganisationNpi(@Nullable String organisationNpi) {
        this.organisationNpi = organisationNpi == null ? "" : organisationNpi;
    }

    public String getKetamineNdc() {
        return ketamineNdc;
    }

    public void setKetamineNdc(@Nullable String ketamineNdc) {
        this.ketamineNdc = ketamineNdc == null ? "" : ketamineNdc;
    }
}
