package com.cinema.common.error;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class GraphQlErrorsTest {

    private final GraphQlErrors errors = new GraphQlErrors(name -> {
        try {
            return ApiException.codeOf(Class.forName(name));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    });

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonObject firstError(JsonObject response) {
        return response.getJsonArray("errors").getJsonObject(0);
    }

    @Test
    void typedExceptionGetsItsCodeAndLosesItsClassName() {
        JsonObject out = errors.normalise(json("""
                {"errors":[{"message":"Movie 9 was not found","path":["movie"],
                  "extensions":{"exception":"com.cinema.common.error.NotFoundException",
                                "classification":"DataFetchingException","code":"not-found"}}],
                 "data":{"movie":null}}"""), false);
        JsonObject error = firstError(out);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("NOT_FOUND");
        assertThat(error.getJsonObject("extensions").containsKey("exception")).isFalse();
        assertThat(error.getString("message")).isEqualTo("Movie 9 was not found");
        assertThat(out.getJsonObject("data").isNull("movie")).isTrue();
    }

    @Test
    void validationNamesTheFieldFromTheMessage() {
        JsonObject out = errors.normalise(json("""
                {"errors":[{"message":"filter.status: must be NOW_SHOWING",
                  "extensions":{"exception":"com.cinema.common.error.ValidationException"}}]}"""), false);
        JsonObject extensions = firstError(out).getJsonObject("extensions");
        assertThat(extensions.getString("code")).isEqualTo("VALIDATION");
        assertThat(extensions.getString("field")).isEqualTo("filter.status");
    }

    @Test
    void beanValidationNamesThePropertyPath() {
        JsonObject out = errors.normalise(json("""
                {"errors":[{"message":"validation failed",
                  "extensions":{"exception":"jakarta.validation.ConstraintViolationException",
                  "violations":[{"propertyPath":"createMovie.input.title","message":"must not be blank"}]}}]}"""), false);
        JsonObject extensions = firstError(out).getJsonObject("extensions");
        assertThat(extensions.getString("code")).isEqualTo("VALIDATION");
        assertThat(extensions.getString("field")).isEqualTo("input.title");
    }

    @Test
    void libertyBeanValidationNamesTheArgumentPathWithoutTheOperation() {
        JsonObject out = errors.normalise(json("""
                {"errors":[{"message":"validation failed: register.input.password size must be between 10 and 128",
                  "extensions":{"violation.propertyPath":["register","input","password"],
                                "classification":"ValidationError"}}]}"""), false);
        JsonObject extensions = firstError(out).getJsonObject("extensions");
        assertThat(extensions.getString("code")).isEqualTo("VALIDATION");
        assertThat(extensions.getString("field")).isEqualTo("input.password");
    }

    @Test
    void unknownExceptionIsInternalWithAGenericMessage() {
        JsonObject out = errors.normalise(json("""
                {"errors":[{"message":"Server Error",
                  "extensions":{"exception":"java.lang.NullPointerException","code":"null-pointer"}}]}"""), false);
        JsonObject error = firstError(out);
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("INTERNAL");
        assertThat(error.getString("message")).isEqualTo(GraphQlErrors.INTERNAL_MESSAGE);
        assertThat(out.toString()).doesNotContain("NullPointer");
    }

    @Test
    void querySyntaxErrorIsValidation() {
        JsonObject out = errors.normalise(json("""
                {"errors":[{"message":"Invalid Syntax","extensions":{"classification":"InvalidSyntax"}}]}"""), false);
        assertThat(firstError(out).getJsonObject("extensions").getString("code")).isEqualTo("VALIDATION");
    }

    @Test
    void codeAlreadyInThePublicListIsKept() {
        JsonObject out = errors.normalise(json("""
                {"errors":[{"message":"The movie service is unavailable","extensions":{"code":"UPSTREAM_UNAVAILABLE"}}]}"""), false);
        assertThat(firstError(out).getJsonObject("extensions").getString("code")).isEqualTo("UPSTREAM_UNAVAILABLE");
    }

    @Test
    void failedRoleCheckIsUnauthenticatedWithoutATokenAndForbiddenWithOne() {
        JsonObject libertyAnswer = json("""
                {"errors":[{"message":"Unauthorized","path":["coupons"],
                  "extensions":{"exception":"org.eclipse.microprofile.graphql.GraphQLException","code":"graph-q-l"}}],
                 "data":null}""");
        assertThat(firstError(errors.normalise(libertyAnswer, false)).getJsonObject("extensions").getString("code"))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(firstError(errors.normalise(libertyAnswer, true)).getJsonObject("extensions").getString("code"))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void responseWithoutErrorsIsUntouched() {
        JsonObject in = json("{\"data\":{\"genres\":[\"Drama\"]}}");
        assertThat(errors.normalise(in, false)).isSameAs(in);
    }
}
