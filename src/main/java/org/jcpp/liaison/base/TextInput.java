package org.jcpp.liaison.base;

import jakarta.validation.Valid;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/**
 * The service boundary for text: every {@code @Valid} record a service method of the app receives (a
 * {@code ContactData}, an {@code EventData} …) is replaced by a copy whose strings went through {@link Text}, nested
 * records and lists of records included, before the method's validation runs. So the length limits, the blank checks,
 * the "name taken" checks, the audit trail and the stored record all see the same, normalised text: a title of only
 * control characters is refused as required at its field, not stored empty. Components marked {@link MultiLine} keep
 * their line breaks. Passwords are never records, so they pass untouched. {@link TextNormaliser} does the same for
 * every entity on its way into the database, whatever the path.
 */
@Configuration(proxyBeanMethods = false)
class TextInput {

    private static final String APP_PACKAGE = "org.jcpp.liaison";

    /** Applied to the service proxies along with security and transactions; method validation runs after it. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor textInputAdvisor() {
        var advisor = new StaticMethodMatcherPointcutAdvisor() {
            @Override
            public boolean matches(Method method, Class<?> targetClass) {
                if (!targetClass.getName().startsWith(APP_PACKAGE + ".")) {
                    return false;
                }
                return validParameters(AopUtils.getMostSpecificMethod(method, targetClass)).length > 0;
            }
        };
        advisor.setAdvice((MethodInterceptor) invocation -> {
            Method method = AopUtils.getMostSpecificMethod(
                    invocation.getMethod(),
                    invocation.getThis() == null
                            ? invocation.getMethod().getDeclaringClass()
                            : AopUtils.getTargetClass(invocation.getThis()));
            Object[] arguments = invocation.getArguments();
            for (int index : validParameters(method)) {
                arguments[index] = normalised(arguments[index]);
            }
            return invocation.proceed();
        });
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 1000);
        return advisor;
    }

    private static int[] validParameters(Method method) {
        var parameters = method.getParameters();
        var indexes = new ArrayList<Integer>();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(Valid.class)) {
                indexes.add(i);
            }
        }
        return indexes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A copy of an app record with its text normalised; anything else as it is. */
    static @Nullable Object normalised(@Nullable Object value) {
        if (value instanceof Record record && record.getClass().getName().startsWith(APP_PACKAGE + ".")) {
            return copy(record);
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<@Nullable Object>(list.size());
            list.forEach(element -> copy.add(element(element)));
            return copy;
        }
        if (value instanceof Set<?> set && set.stream().anyMatch(e -> e instanceof String || e instanceof Record)) {
            var copy = new LinkedHashSet<@Nullable Object>();
            set.forEach(element -> copy.add(element(element)));
            return copy;
        }
        return value;
    }

    private static @Nullable Object element(@Nullable Object element) {
        return element instanceof String text ? Text.singleLine(text) : normalised(element);
    }

    private static Record copy(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                types[i] = component.getType();
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                Object value = accessor.invoke(record);
                if (value instanceof String text) {
                    values[i] = component.isAnnotationPresent(MultiLine.class)
                            ? Text.multiLine(text)
                            : Text.singleLine(text);
                } else if (value instanceof Collection<?> || value instanceof Record) {
                    values[i] = normalised(value);
                } else {
                    values[i] = value;
                }
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "Cannot normalise the text of " + record.getClass().getName(), e);
        }
    }
}
