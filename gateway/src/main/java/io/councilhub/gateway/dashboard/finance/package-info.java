/** Finance pages: the budget table as the general-assembly packet prints it, the dues roll and payments. */
package io.councilhub.gateway.dashboard.finance;
