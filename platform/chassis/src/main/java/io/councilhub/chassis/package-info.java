/** Shared plumbing every councilhub service stands on. */
package io.councilhub.chassis;
