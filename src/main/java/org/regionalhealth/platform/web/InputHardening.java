package org.regionalhealth.platform.web;

import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * Input hardening at the one place every JSON body passes (issue 15, docs/security.md §9): the shared
 * {@code JsonMapper} refuses, for typed records and for {@code JsonNode} trees alike,
 *
 * <ul>
 *   <li>control characters (U+0000–U+001F except tab, line feed and carriage return, and U+007F) in any string: a
 *       NUL reached PostgreSQL and came back as “记录已存在”;
 *   <li>strings longer than {@value #MAX_STRING} characters (the longest legitimate value is a 200,000-character
 *       handwritten signature); shorter field limits stay with each record's {@code @Size};
 *   <li>non-finite numbers and magnitudes above {@value #MAX_MAGNITUDE} in floating-point fields ({@code "Infinity"},
 *       {@code 1e308}, {@code 1e400}): no dose, count, coordinate or amount of a health record comes near;
 *   <li>fractions for integer fields ({@code "count": 2.5} was silently truncated to 2).
 * </ul>
 *
 * Each refusal is a {@link RejectedInput}, answered by {@link ApiProblems} as 400 with the field's path and a Chinese
 * message that never repeats the input.
 */
@Configuration(proxyBeanMethods = false)
class InputHardening {

    /** The longest string accepted in a JSON body, in UTF-16 characters. */
    static final int MAX_STRING = 262_144;

    /** The largest magnitude accepted in a floating-point field. */
    static final double MAX_MAGNITUDE = 1e12;

    @Bean
    JsonMapperBuilderCustomizer inputHardeningJson() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .nodeFactory(new CheckedNodeFactory())
                .addModule(new SimpleModule("rhp-input-hardening")
                        .addDeserializer(String.class, new CheckedString())
                        .addDeserializer(Double.class, new Finite<>(Double.class))
                        .addDeserializer(double.class, new Finite<>(double.class))
                        .addDeserializer(Float.class, new Finite<>(Float.class))
                        .addDeserializer(float.class, new Finite<>(float.class))
                        .addDeserializer(BigDecimal.class, new Finite<>(BigDecimal.class)));
    }

    /** A refused value: a Chinese message without the value itself; Jackson adds the field path. */
    static final class RejectedInput extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        RejectedInput(JsonParser parser, String message) {
            super(parser, message);
        }
    }

    /** Why {@code value} is refused, or null when it is fine. */
    static String problemWith(String value) {
        if (value.length() > MAX_STRING) {
            return "内容过长（最多 " + MAX_STRING + " 个字符）";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return "含有不允许的控制字符";
            }
        }
        return null;
    }

    /** Why {@code value} is refused, or null when it is fine. */
    static String problemWith(double value) {
        if (!Double.isFinite(value)) {
            return "须为有限的数值";
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            return "数值超出允许范围";
        }
        return null;
    }

    private static final class CheckedString extends StdDeserializer<String> {
        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            String problem = value == null ? null : problemWith(value);
            if (problem != null) {
                throw new RejectedInput(p, problem);
            }
            return value;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }

        @Override
        public tools.jackson.databind.type.LogicalType logicalType() {
            return tools.jackson.databind.type.LogicalType.Textual;
        }
    }

    /** Jackson's own number deserializer, then the finiteness and magnitude check. */
    private static final class Finite<T> extends StdDeserializer<T> {
        private final ValueDeserializer<?> delegate;

        Finite(Class<T> type) {
            super(type);
            this.delegate = NumberDeserializers.find(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = delegate.deserialize(p, ctxt);
            if (value instanceof Number number) {
                String problem = number instanceof BigDecimal big
                        ? (big.abs().compareTo(BigDecimal.valueOf(MAX_MAGNITUDE)) > 0 ? "数值超出允许范围" : null)
                        : problemWith(number.doubleValue());
                if (problem != null) {
                    throw new RejectedInput(p, problem);
                }
            }
            return (T) value;
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return delegate.getNullValue(ctxt);
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return delegate.getEmptyValue(ctxt);
        }

        @Override
        public tools.jackson.databind.type.LogicalType logicalType() {
            return tools.jackson.databind.type.LogicalType.Float;
        }
    }

    /**
     * Control characters refused in bodies read as {@code JsonNode} (CDS Hooks, FHIR) too. Numbers and lengths are not
     * checked here: the platform builds trees itself (computed rates, stored payloads) through the same factory.
     */
    private static final class CheckedNodeFactory extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public StringNode stringNode(String text) {
            if (text != null && text.length() <= MAX_STRING) {
                String problem = problemWith(text);
                if (problem != null) {
                    throw new TreeRejection(problem);
                }
            }
            return super.stringNode(text);
        }
    }

    /** A refusal inside a {@code JsonNode} tree, recognised by {@link ApiProblems}. */
    static final class TreeRejection extends tools.jackson.databind.DatabindException {
        private static final long serialVersionUID = 1L;

        TreeRejection(String message) {
            super(message);
        }
    }
}
