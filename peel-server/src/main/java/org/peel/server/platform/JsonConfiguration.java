package org.peel.server.platform;

import org.peel.match.PartialDate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.ToStringSerializer;

@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    /**
     * Partial dates are written as officers write them: "1985", "1985-03" or "1985-03-12", and read back the same
     * way (a person's kept versions are JSON). Text that can never be stored is refused as a body is read
     * ({@link StorableTextDeserializer}).
     */
    @Bean
    JacksonModule peelJsonModule() {
        return new SimpleModule("peel").addSerializer(PartialDate.class, ToStringSerializer.instance)
                .addDeserializer(String.class, new StorableTextDeserializer())
                .addDeserializer(PartialDate.class, new StdDeserializer<>(PartialDate.class) {
                    @Override
                    public PartialDate deserialize(JsonParser parser, DeserializationContext context) {
                        return PartialDate.parse(parser.getString());
                    }
                });
    }
}
