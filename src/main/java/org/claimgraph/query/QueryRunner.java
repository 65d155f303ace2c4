package org.claimgraph.query;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;

/**
 * Runs a SPARQL query against a local store or a remote endpoint and writes the results. Parameters
 * are bound into the parsed query as RDF terms (never pasted into its text), so a value can never
 * change the query's meaning.
 */
public final class QueryRunner {

    /** Output formats of {@code claimgraph query}. */
    public enum Format { table, csv, tsv, json }

    private final Function<Query, QueryExecution> executions;
    /** The local dataset, read inside a transaction; null for a remote endpoint. */
    private final DatasetGraph local;

    private QueryRunner(Function<Query, QueryExecution> executions, DatasetGraph local) {
        this.executions = executions;
        this.local = local;
    }

    /** Queries a local dataset (inside a read transaction). */
    public static QueryRunner local(DatasetGraph dataset) {
        Objects.requireNonNull(dataset, "dataset");
        return new QueryRunner(q -> QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(q).build(), dataset);
    }

    /** Queries a SPARQL endpoint over HTTP, e.g. {@code http://localhost:3030/claimgraph/sparql}. */
    public static QueryRunner remote(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return new QueryRunner(q -> QueryExecutionHTTP.service(endpoint).query(q).build(), null);
    }

    /**
     * Binds {@code k=v} parameters: {@code <...>} becomes an IRI, a whole number an xsd:integer,
     * anything else a plain string.
     */
    public static Map<Var, Node> bindings(Map<String, String> params) {
        Map<Var, Node> out = new HashMap<>();
        params.forEach((k, v) -> out.put(Var.alloc(k.replaceFirst("^\\?", "")), term(v)));
        return out;
    }

    static Node term(String v) {
        if (v.startsWith("<") && v.endsWith(">")) {
            return NodeFactory.createURI(v.substring(1, v.length() - 1));
        }
        if (v.matches("-?\\d+")) {
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDinteger);
        }
        return NodeFactory.createLiteralString(v);
    }

    /**
     * Which rows of the answer: {@code limit} rows (null: as the query says) after skipping {@code
     * offset} (null: as the query says). Set on the parsed query, so the canned queries' caps can be
     * paged past.
     */
    public record Page(Long limit, Long offset) {
        public static final Page AS_WRITTEN = new Page(null, null);
    }

    /** Parses {@code sparql}, binds {@code params} and runs it, writing results in {@code format}. */
    public void run(String sparql, Map<String, String> params, Format format, OutputStream out) {
        run(sparql, params, Page.AS_WRITTEN, format, out);
    }

    /** As {@link #run(String, Map, Format, OutputStream)}, for the rows of {@code page}. */
    public void run(String sparql, Map<String, String> params, Page page, Format format, OutputStream out) {
        execute(sparql, params, page, (query, exec) -> {
            write(query, exec, format, out);
            return null;
        });
    }

    /** Runs a SELECT and returns how many rows it gave. */
    public int countRows(String sparql, Map<String, String> params) {
        return execute(sparql, params, Page.AS_WRITTEN, (query, exec) -> ResultSetFormatter.consume(exec.execSelect()));
    }

    private <T> T execute(String sparql, Map<String, String> params, Page page, BiFunction<Query, QueryExecution, T> action) {
        Query query = QueryFactory.create(sparql);
        Query bound = params.isEmpty() ? query : QueryTransformOps.syntaxSubstitute(query, bindings(params));
        long writtenLimit = bound.getLimit();
        if (page.limit() != null) {
            bound.setLimit(page.limit());
        }
        if (page.offset() != null) {
            bound.setOffset(page.offset());
        }
        if (page.limit() != null || page.offset() != null) {
            long offset = bound.getOffset() == Query.NOLIMIT ? 0 : bound.getOffset();
            PageCuts.widen(bound, writtenLimit, bound.getLimit() == Query.NOLIMIT ? Query.NOLIMIT : bound.getLimit() + offset);
        }
        Supplier<T> work = () -> {
            try (QueryExecution exec = executions.apply(bound)) {
                return action.apply(bound, exec);
            }
        };
        return local != null ? Txn.calculateRead(local, work) : work.get();
    }

    private static void write(Query query, QueryExecution exec, Format format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = exec.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(out, rs, query.getPrologue());
                case csv -> ResultSetFormatter.outputAsCSV(out, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(out, rs);
                case json -> ResultSetFormatter.outputAsJSON(out, rs);
            }
        } else if (query.isAskType()) {
            boolean answer = exec.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, answer);
                case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
                case table -> ResultSetFormatter.out(out, answer);
            }
        } else {
            Model m = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
            RDFDataMgr.write(out, m, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
        }
    }
}
