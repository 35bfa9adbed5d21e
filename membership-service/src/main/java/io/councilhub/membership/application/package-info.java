/** Applications to join (入会申込) and their decision: admission by the secretariat or by a proposal, or rejection. */
package io.councilhub.membership.application;
