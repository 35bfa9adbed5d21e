package io.councilhub.events;

import io.councilhub.chassis.test.ServiceStartsContract;

class EventsServiceStartsTest extends ServiceStartsContract {
}
