package org.peel.server.continuity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every form a page draws with {@code th:action} and a method other than GET carries a hidden, fresh
 * {@code idempotencyKey}, so a double-clicked or re-posted form is stored once (see {@link IdempotentIntake}). It
 * wraps the request-data processor Spring Security installs for CSRF tokens, the one place every form passes.
 */
@Component
class FormIdempotencyKeys implements BeanPostProcessor {

    private static final String METHOD_ATTRIBUTE = FormIdempotencyKeys.class.getName() + ".method";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestDataValueProcessor processor && "requestDataValueProcessor".equals(beanName)) {
            return new WithIdempotencyKey(processor);
        }
        return bean;
    }

    private record WithIdempotencyKey(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

        @Override
        public String processAction(HttpServletRequest request, String action, String method) {
            request.setAttribute(METHOD_ATTRIBUTE, method);
            return delegate.processAction(request, action, method);
        }

        @Override
        public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
            return delegate.processFormFieldValue(request, name, value, type);
        }

        @Override
        public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
            Map<String, String> fields = delegate.getExtraHiddenFields(request);
            Object method = request.getAttribute(METHOD_ATTRIBUTE);
            request.removeAttribute(METHOD_ATTRIBUTE);
            if (method == null || "GET".equalsIgnoreCase(method.toString())) {
                return fields;
            }
            Map<String, String> withKey = new LinkedHashMap<>(fields == null ? Map.of() : fields);
            withKey.put(IdempotentIntake.FORM_FIELD, UUID.randomUUID().toString());
            return withKey;
        }

        @Override
        public String processUrl(HttpServletRequest request, String url) {
            return delegate.processUrl(request, url);
        }
    }
}
