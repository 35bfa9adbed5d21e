package io.councilhub.subcommittee.plan;

import io.councilhub.chassis.domain.InvalidFieldException;
import io.councilhub.chassis.domain.Yen;

import java.util.ArrayList;
import java.util.List;

/** 経費見積: the items of a plan's cost estimate, in order, and their total (合計). */
public record CostEstimate(List<CostItem> items) {

    public static final int MAX_ITEMS = 100;

    public CostEstimate {
        items = items == null ? List.of() : List.copyOf(items);
        if (items.size() > MAX_ITEMS) {
            throw new InvalidFieldException("items", "at most " + MAX_ITEMS + " items");
        }
        total(items);
    }

    public static final CostEstimate EMPTY = new CostEstimate(List.of());

    /**
     * Builds items from their parts, naming a problem by its place: {@code items[2].unitPrice},
     * {@code items[0].factors[1].quantity}.
     */
    public static CostEstimate of(List<Draft> drafts) {
        List<CostItem> items = new ArrayList<>();
        for (int i = 0; i < (drafts == null ? 0 : drafts.size()); i++) {
            Draft draft = drafts.get(i);
            String at = "items[" + i + "]";
            if (draft == null) {
                throw new InvalidFieldException(at, "must not be null");
            }
            List<Factor> factors = new ArrayList<>();
            List<FactorDraft> factorDrafts = draft.factors() == null ? List.of() : draft.factors();
            for (int j = 0; j < factorDrafts.size(); j++) {
                FactorDraft factor = factorDrafts.get(j);
                if (factor == null) {
                    throw new InvalidFieldException(at + ".factors[" + j + "]", "must not be null");
                }
                try {
                    factors.add(new Factor(factor.kind(), factor.quantity() == null ? 0 : factor.quantity(), factor.unit()));
                } catch (InvalidFieldException invalid) {
                    throw new InvalidFieldException(at + ".factors[" + j + "]." + invalid.field(), invalid.getMessage());
                }
            }
            try {
                CostItem item = new CostItem(draft.heading(), draft.description(),
                        draft.unitPrice() == null ? 0 : draft.unitPrice(), factors, draft.note());
                item.amount();
                items.add(item);
            } catch (InvalidFieldException invalid) {
                throw new InvalidFieldException(at + "." + invalid.field(), invalid.getMessage());
            }
        }
        try {
            return new CostEstimate(items);
        } catch (InvalidFieldException invalid) {
            throw invalid.field().equals("items") ? invalid : new InvalidFieldException("items", invalid.getMessage());
        }
    }

    /** An item as a request states it, before it is checked. */
    public record Draft(String heading, String description, Long unitPrice, List<FactorDraft> factors, String note) {
    }

    public record FactorDraft(Factor.Kind kind, Integer quantity, String unit) {
    }

    public Yen total() {
        return total(items);
    }

    private static Yen total(List<CostItem> items) {
        Yen total = Yen.ZERO;
        for (CostItem item : items) {
            try {
                total = total.plus(item.amount());
            } catch (ArithmeticException overflow) {
                throw new InvalidFieldException("items", "the total is too large");
            }
        }
        return total;
    }
}
