package com.cinema.common.error;

/** Bad input. The message starts with the offending field so clients can point at it. */
@ApiError(ErrorCode.VALIDATION)
public class ValidationException extends ApiException {

    private final String field;

    public ValidationException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The name of the offending input field, as it is spelled in the GraphQL schema. */
    public String field() {
        return field;
    }
}
