/** E-mail notices driven by domain events: who gets which notice, its templates, and sending each once per (event, recipient). */
package io.councilhub.notification.notice;
