package io.councilhub.notification;

import io.councilhub.chassis.test.ServiceStartsContract;

class NotificationServiceStartsTest extends ServiceStartsContract {
}
