package org.claimgraph.link;

/**
 * A GDELT mention: the article at {@code url} mentions event {@code id} (MentionType 1, the web;
 * other types name no URL we could meet).
 */
public record DatasetMention(String dataset, String id, String url) implements DatasetRecord {
}
