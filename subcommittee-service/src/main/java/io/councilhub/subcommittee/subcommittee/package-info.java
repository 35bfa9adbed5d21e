/** Subcommittees and working groups (部会・ワーキンググループ): names over time, representative, contact, participants, status, and the grant eligibility per kind and year. */
package io.councilhub.subcommittee.subcommittee;
