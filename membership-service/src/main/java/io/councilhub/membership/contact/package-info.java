/** Contact people (担当者) of member organisations: the list per member, its roles, and the April personnel change (人事異動). */
package io.councilhub.membership.contact;
