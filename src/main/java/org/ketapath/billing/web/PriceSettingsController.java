package org.ketapath.billing.web;

import java.util.UUID;
import org.ketapath.billing.BillableService;
import org.ketapath.billing.domain.PriceLists;
import org.ketapath.platform.web.CurrentAccount;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's price list and billing details ({@code /clinic/{clinicId}/settings/prices}): clinic admins of the
 * clinic change them, its clinicians see them read-only (403 when they post), anyone else gets the not-found
 * page. A plain form; errors are named beside their fields.
 */
@Controller
class PriceSettingsController {

    private final PriceLists prices;

    PriceSettingsController(PriceLists prices) {
        this.prices = prices;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id", "clinicId");
        binder.setAutoGrowCollectionLimit(PriceListForm.PACKAGE_ROWS * 2);
    }

    /** A form field that no form of ours has (a package row out of range): the friendly 400 page, never a 500. */
    @ExceptionHandler(InvalidPropertyException.class)
    void unknownField(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    @GetMapping("/clinic/{clinicId}/settings/prices")
    String show(@PathVariable UUID clinicId, Model model) {
        CurrentAccount staff = StaffPages.staffOf(clinicId);
        PriceListForm form = prices.find(clinicId)
                .map(list -> PriceListForm.of(list, prices.identity(clinicId)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return page(clinicId, staff, form, java.util.Map.of(), model);
    }

    @PostMapping("/clinic/{clinicId}/settings/prices")
    String save(
            @PathVariable UUID clinicId,
            @ModelAttribute("form") PriceListForm form,
            Model model,
            RedirectAttributes redirect) {
        CurrentAccount staff = StaffPages.staffOf(clinicId);
        if (!staff.hasRole("CLINIC_ADMIN")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        PriceListForm.Read read = form.read(clinicId);
        if (read.list() == null || read.identity() == null) {
            form.padRows();
            return page(clinicId, staff, form, read.errors(), model);
        }
        prices.save(read.list(), read.identity(), staff.id());
        redirect.addFlashAttribute("message", "Prices and billing details saved.");
        return "redirect:/clinic/" + clinicId + "/settings/prices";
    }

    private static String page(
            UUID clinicId,
            CurrentAccount staff,
            PriceListForm form,
            java.util.Map<String, String> errors,
            Model model) {
        model.addAttribute("clinicId", clinicId);
        model.addAttribute("admin", staff.hasRole("CLINIC_ADMIN"));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("services", BillableService.values());
        return "billing/prices";
    }
}
