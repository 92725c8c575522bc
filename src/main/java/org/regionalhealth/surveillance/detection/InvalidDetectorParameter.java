package org.regionalhealth.surveillance.detection;

/**
 * A detector parameter (named as in R's control lists) or input is invalid. {@link #parameter()} names it so that
 * an API can answer with a field error; the message is in Chinese for the analyst.
 */
public class InvalidDetectorParameter extends RuntimeException {

    private final String parameter;
    private final String messageZh;

    public InvalidDetectorParameter(String parameter, String messageZh) {
        super(parameter + ": " + messageZh);
        this.parameter = parameter;
        this.messageZh = messageZh;
    }

    public String parameter() {
        return parameter;
    }

    public String messageZh() {
        return messageZh;
    }
}
