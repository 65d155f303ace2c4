package org.claimgraph.serve;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for the listed origins only: Fuseki's {@link CrossOriginFilter} (the one
 * {@code FusekiServer.Builder.enableCors} installs, which only takes its settings from a
 * file) with {@code allowedOrigins} set to exactly those origins. A request from another
 * origin gets no {@code Access-Control-Allow-*} headers, so browsers refuse it.
 */
final class CorsFilter implements Filter {

    private final CrossOriginFilter delegate = new CrossOriginFilter();
    private final Map<String, String> params = new LinkedHashMap<>();

    CorsFilter(List<String> origins) {
        params.put(CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins));
        params.put(CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS");
        params.put(CrossOriginFilter.ALLOWED_HEADERS_PARAM,
                "X-Requested-With, Content-Type, Accept, Origin, Authorization");
        params.put(CrossOriginFilter.EXPOSED_HEADERS_PARAM,
                "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma");
        // Answer preflight requests here; do not pass OPTIONS on to Fuseki.
        params.put(CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        delegate.init(new FilterConfig() {
            @Override public String getFilterName() { return "claimgraph-cors"; }
            @Override public ServletContext getServletContext() { return config.getServletContext(); }
            @Override public String getInitParameter(String name) { return params.get(name); }
            @Override public Enumeration<String> getInitParameterNames() { return Collections.enumeration(params.keySet()); }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        delegate.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        delegate.destroy();
    }
}
