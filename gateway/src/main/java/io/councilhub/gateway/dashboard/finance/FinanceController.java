package io.councilhub.gateway.dashboard.finance;

import io.councilhub.gateway.dashboard.FiscalYear;
import io.councilhub.gateway.dashboard.finance.FinanceApi.Budget;
import io.councilhub.gateway.dashboard.finance.FinanceApi.DuesRoll;
import io.councilhub.gateway.dashboard.finance.FinanceApi.Invoice;
import io.councilhub.gateway.dashboard.panel.ServicePanels;
import io.councilhub.gateway.dashboard.panel.Submission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * {@code /dashboard/finance}: the selected year's budget laid out like the general-assembly packet
 * (前年度 / 本年度 / 増減 with △ / 備考, totals), the dues roll, and an invoice with its payments and the form
 * that records one.
 */
@Controller
@RequestMapping("/dashboard/finance")
class FinanceController {

    private final ServicePanels panels;

    FinanceController(ServicePanels panels) {
        this.panels = panels;
    }

    @ModelAttribute("paymentMethods")
    List<String> paymentMethods() {
        return PaymentForm.METHODS;
    }

    @GetMapping
    String budget(@ModelAttribute("fy") FiscalYear fy, Model model) {
        model.addAttribute("budget", panels.finance().get(Budget.class, "/api/finance/fiscal-years/{year}/budget", fy.startYear()));
        return "dashboard/finance/budget";
    }

    @GetMapping("/dues")
    String duesRoll(@ModelAttribute("fy") FiscalYear fy, Model model) {
        model.addAttribute("roll", panels.finance().get(DuesRoll.class, "/api/finance/fiscal-years/{year}/dues-roll", fy.startYear()));
        return "dashboard/finance/dues";
    }

    @GetMapping("/invoices/{id}")
    String invoice(@PathVariable String id, Model model) {
        model.addAttribute("invoice", panels.finance().get(Invoice.class, "/api/finance/invoices/{id}", id));
        model.addAttribute("payment", PaymentForm.empty());
        return "dashboard/finance/invoice";
    }

    @PostMapping("/invoices/{id}/payments")
    String recordPayment(@PathVariable String id, @ModelAttribute("payment") PaymentForm form, Model model,
                         RedirectAttributes redirect) {
        Submission recorded = panels.finance().post("/api/finance/invoices/{id}/payments", form.body(), id);
        if (!recorded.isAccepted()) {
            model.addAttribute("invoice", panels.finance().get(Invoice.class, "/api/finance/invoices/{id}", id));
            model.addAttribute("submission", recorded);
            model.addAttribute("errors", recorded.getFieldErrors());
            return "dashboard/finance/invoice";
        }
        redirect.addFlashAttribute("flash", "finance.payment.recorded");
        return "redirect:/dashboard/finance/invoices/" + id;
    }
}
