/** 収支予算: the budget of a fiscal year, its versions (補正予算), its derived lines and its adoption. */
package io.councilhub.finance.budget;
