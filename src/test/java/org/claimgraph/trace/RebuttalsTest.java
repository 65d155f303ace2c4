package org.claimgraph.trace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RebuttalsTest {

    @Test
    void aStatementThatCallsAnothersFalseRebutsIt() {
        assertTrue(Rebuttals.discredits("reports that the talks in Valdoria have collapsed are baseless"));
        assertTrue(Rebuttals.discredits("the rebels' figures were fabricated"));
        assertTrue(Rebuttals.discredits("the Front's announcement an outright violation of the truce"));
        assertTrue(Rebuttals.discredits("the claim that our troops shelled the market is a lie and propaganda"));
    }

    @Test
    void discreditingWordsWithoutAStatementOrAfterItsSentenceAreNoRebuttal() {
        assertFalse(Rebuttals.discredits("the army committed a violation of the truce near the river"), "no statement named");
        assertFalse(Rebuttals.discredits("the ministry's figures show 40 dead. Rebels spread lies"), "another sentence");
        assertFalse(Rebuttals.discredits("the violation was confirmed by the monitors' report"), "the statement comes after");
    }
}
