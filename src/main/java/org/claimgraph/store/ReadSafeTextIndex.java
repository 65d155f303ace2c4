package org.claimgraph.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Transactional;

/**
 * The store's Lucene index, rolled back only when a write transaction aborts.
 * <p>
 * With TDB2, jena-text (5.6.0) joins the Lucene index to the database's transactions and calls
 * {@link TextIndex#rollback()} whenever <em>any</em> transaction aborts. Lucene has one writer per
 * index, shared by every transaction, so the abort of a read — which Fuseki does for every query
 * stopped by its time limit, and {@code Txn} for every read that throws — rolled back the text of
 * the write running at the same moment, and while the writer was being reopened that write's
 * commit failed (a live ingest under query load answered 500: {@code indexWriter} is null in
 * {@code prepareCommit}). A read changes nothing in the index, so its abort has nothing to undo.
 * Everything else goes to the index unchanged.
 */
final class ReadSafeTextIndex implements TextIndex {

    private final TextIndex index;
    private final Transactional transactions;

    /**
     * @param index        the index the configuration describes
     * @param transactions the database whose transactions the index takes part in (its mode on the
     *                     calling thread says whether the aborting transaction is a read)
     */
    ReadSafeTextIndex(TextIndex index, Transactional transactions) {
        this.index = Objects.requireNonNull(index, "index");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /** The index this one passes calls to. */
    TextIndex unwrap() {
        return index;
    }

    @Override
    public void rollback() {
        if (transactions.isInTransaction() && transactions.transactionMode() == ReadWrite.READ) {
            return; // a read's abort: the writer's pending text is not ours to drop
        }
        index.rollback();
    }

    @Override
    public void prepareCommit() {
        index.prepareCommit();
    }

    @Override
    public void commit() {
        index.commit();
    }

    @Override
    public void addEntity(Entity entity) {
        index.addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        index.updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        index.deleteEntity(entity);
    }

    @Override
    public Map<String, Node> get(String uri) {
        return index.get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return index.query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return index.query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return index.query(subjectUri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(subj, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String subjectUri, Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return index.query(subjectUri, property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public EntityDefinition getDocDef() {
        return index.getDocDef();
    }

    @Override
    public void close() {
        index.close();
    }
}
