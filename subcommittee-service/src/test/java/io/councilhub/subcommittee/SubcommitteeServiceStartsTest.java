package io.councilhub.subcommittee;

import io.councilhub.chassis.test.ServiceStartsContract;

class SubcommitteeServiceStartsTest extends ServiceStartsContract {
}
