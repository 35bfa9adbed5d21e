/** 活動報告: what a subcommittee held in a fiscal year (meetings, joint study sessions and events, outputs), its actual costs against the estimate and its self-evaluation. */
package io.councilhub.subcommittee.report;
