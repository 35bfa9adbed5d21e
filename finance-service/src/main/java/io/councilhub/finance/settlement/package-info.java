/** 決算: a fiscal year's actual per budget line at its close, and the result carried into the next year's budget. */
package io.councilhub.finance.settlement;
