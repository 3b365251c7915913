package com.cinema.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

/**
 * The gateway's edge checks' one parse of a request's document ({@link QueryCost}, {@link RateLimitCheck}).
 * Documents parsed before are kept by their text: a client sends the same few documents over and over with other
 * variables, and parsing was an eighth of the gateway's time on a seat hold (issue #16); two checks parsing the
 * same text each on their own doubled that. graphql-java's documents are immutable, so one may serve every
 * request. Bounded by the characters of the texts kept; a document that does not parse is never kept.
 */
public final class GraphQlDocuments {

    private final ParserOptions options;
    private final Cache<String, Document> parsed;

    /**
     * @param maxTokens     graphql-java's own guard: a 64 KiB document cannot make the parser work without end
     * @param maxRuleDepth  the parser's nesting guard
     * @param cacheChars    the total length of the document texts whose parse is kept; 0 keeps none
     */
    public GraphQlDocuments(int maxTokens, int maxRuleDepth, long cacheChars) {
        this.options = ParserOptions.newParserOptions()
                .maxTokens(maxTokens)
                .maxRuleDepth(maxRuleDepth)
                .captureLineComments(false)
                .captureIgnoredChars(false)
                .redactTokenParserErrorMessages(true)
                .build();
        this.parsed = Caffeine.newBuilder()
                .maximumWeight(cacheChars)
                .<String, Document>weigher((query, document) -> query.length())
                // Housekeeping on the calling thread: no pool threads of our own inside Liberty.
                .executor(Runnable::run)
                .build();
    }

    /** The parsed document; never the source text in the exception (a broken login mutation carries a password). */
    public Document parse(String query) throws InvalidSyntaxException {
        return parsed.get(query, text -> Parser.parse(ParserEnvironment.newParserEnvironment().document(text)
                .parserOptions(options).build()));
    }
}
