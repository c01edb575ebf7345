package org.peel.server.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.peel.server.platform.RequestIds;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements each HTTP request prepares, by its request id ({@code X-Request-Id}), so a test can show
 * that a page reads with a bounded number of queries. Import it into a test's context; it wraps the data source.
 * Work on other threads (the index following the change log) has no request id and is not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final Map<String, AtomicInteger> BY_REQUEST = new ConcurrentHashMap<>();

    /** How many statements the request with this id prepared. */
    public static int statementsOf(String requestId) {
        AtomicInteger count = BY_REQUEST.get(requestId);
        return count == null ? 0 : count.get();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? new Counting(dataSource) : bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        String name = method.getName();
                        String requestId = RequestIds.current();
                        if (requestId != null && (name.startsWith("prepare") || name.equals("createStatement"))) {
                            BY_REQUEST.computeIfAbsent(requestId, id -> new AtomicInteger()).incrementAndGet();
                        }
                        try {
                            return method.invoke(connection, arguments);
                        } catch (InvocationTargetException thrown) {
                            throw thrown.getCause();
                        }
                    });
        }
    }
}
