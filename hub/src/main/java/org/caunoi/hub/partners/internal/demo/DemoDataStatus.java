package org.caunoi.hub.partners.internal.demo;

import org.springframework.stereotype.Component;

/** Remembers how the demo data load went, so that the screens can say it when the hub started empty. */
@Component
public class DemoDataStatus {

    /** How the demo load went. */
    public enum State {
        NOT_DEMO, LOADED, FILE_MISSING
    }

    private volatile State state = State.NOT_DEMO;
    private volatile String detail = "";

    void set(State state, String detail) {
        this.state = state;
        this.detail = detail;
    }

    public State state() {
        return state;
    }

    public String detail() {
        return detail;
    }
}
