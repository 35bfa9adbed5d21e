/** HTTP adapter of delivery: an issue's sending statistics and one recipient's copy, for the secretariat and officers. */
package io.councilhub.notification.delivery.web;
