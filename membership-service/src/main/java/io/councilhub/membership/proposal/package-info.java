/** Acts on the proposals (議案) the meetings approve that membership owns: officer elections (and, next, admissions). */
package io.councilhub.membership.proposal;
