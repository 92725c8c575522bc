package org.regionalhealth.drugs;

/**
 * The knowledge base cannot be loaded: malformed YAML, a missing required field, a duplicate id or a reference to
 * nothing. Loading fails as a whole because a screening engine with silently missing rules would pass what it should
 * stop (research §0.4: fail loudly, never open).
 */
public class InvalidKnowledgeBaseException extends RuntimeException {

    public InvalidKnowledgeBaseException(String message) {
        super(message);
    }

    public InvalidKnowledgeBaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
