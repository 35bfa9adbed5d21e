/** Member organisations (会員): admission (入会) and withdrawal (退会), the aggregate and its roll. */
package io.councilhub.membership.member;
