/** Finance's record of each member organisation (category, admission, withdrawal), kept from membership's events. */
package io.councilhub.finance.account;
