package io.councilhub.contracts.finance;

import io.councilhub.contracts.DomainEvent;

import java.util.Objects;

/** 決算: a fiscal year's settlement was closed; {@code carryForwardYen} becomes next year's 前期繰越金. */
public record SettlementClosed(String settlementId, int fiscalYear, long incomeTotalYen, long expenditureTotalYen,
                               long carryForwardYen) implements DomainEvent {

    public SettlementClosed {
        Objects.requireNonNull(settlementId, "settlementId");
    }

    @Override
    public String subject() {
        return settlementId;
    }
}
