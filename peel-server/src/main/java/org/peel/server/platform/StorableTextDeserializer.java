package org.peel.server.platform;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Reads every text of every JSON body as Jackson does, then refuses text that can never be stored
 * ({@link Text#unstorable}: too long, control characters, half a surrogate pair) before any module sees it.
 */
final class StorableTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String text = super.deserialize(parser, context);
        var problem = Text.unstorable(text);
        if (problem.isPresent()) {
            throw new UnstorableTextException(parser, problem.get());
        }
        return text;
    }
}
