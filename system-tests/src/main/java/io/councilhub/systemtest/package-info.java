/** Starts the councilhub stack (real service jars as processes, real broker and store) for stories and benchmarks. */
package io.councilhub.systemtest;
