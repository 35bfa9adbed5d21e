/** What notification-service knows of member organisations from membership's events: name, status, contacts by role, the adopted officer roster. */
package io.councilhub.notification.member;
