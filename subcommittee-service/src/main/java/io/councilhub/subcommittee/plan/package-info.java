/** 活動企画書: a subcommittee's activity plan for a fiscal year, its itemised cost estimate, its comparison with last year, and its submission and approval (which funds it). */
package io.councilhub.subcommittee.plan;
