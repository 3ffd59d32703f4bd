package dev.rxray.ui;

import dev.rxray.samples.Sample;
import dev.rxray.samples.SampleCatalog;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * The bundled samples by topic. A sample row shows its title and its one-line description; clicking it (or Enter)
 * asks to open it. The tree holds either a topic name or a sample, as a small sealed family.
 */
final class SampleBrowser {
    /** What a row of the tree stands for. */
    sealed interface Entry {
        record Topic(String name, int count) implements Entry {
        }

        record Item(Sample sample) implements Entry {
        }
    }

    private final TreeView<Entry> tree = new TreeView<>();

    SampleBrowser(SampleCatalog catalog, Consumer<Sample> onOpen) {
        TreeItem<Entry> root = new TreeItem<>();
        catalog.topics().forEach((topic, samples) -> root.getChildren().add(topicNode(topic, samples)));
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.getStyleClass().add("rx-samples");
        tree.setCellFactory(view -> new EntryCell(onOpen));
        tree.setOnKeyPressed(e -> {
            TreeItem<Entry> item = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.getValue() instanceof Entry.Item(Sample sample)) {
                onOpen.accept(sample);
            }
        });
    }

    Node view() {
        return tree;
    }

    TreeView<Entry> tree() {
        return tree;
    }

    /** Marks a sample as the open one (or clears the mark), without opening anything. */
    void reveal(String sampleId) {
        for (TreeItem<Entry> topic : tree.getRoot().getChildren()) {
            for (TreeItem<Entry> item : topic.getChildren()) {
                if (item.getValue() instanceof Entry.Item(Sample sample) && sample.id().equals(sampleId)) {
                    topic.setExpanded(true);
                    tree.getSelectionModel().select(item);
                    return;
                }
            }
        }
        tree.getSelectionModel().clearSelection();
    }

    private static TreeItem<Entry> topicNode(String topic, List<Sample> samples) {
        TreeItem<Entry> node = new TreeItem<>(new Entry.Topic(topic, samples.size()));
        samples.forEach(sample -> node.getChildren().add(new TreeItem<>(new Entry.Item(sample))));
        node.setExpanded(true);
        return node;
    }

    private static final class EntryCell extends TreeCell<Entry> {
        private final Label title = new Label();
        private final Label description = new Label();
        private final VBox sampleBox = new VBox(1, title, description);

        EntryCell(Consumer<Sample> onOpen) {
            // Cells as wide as the tree, not as their text: long titles end in an ellipsis instead of a scroll bar.
            setPrefWidth(0);
            title.getStyleClass().add("rx-sample-title");
            description.getStyleClass().add("rx-sample-description");
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() instanceof Entry.Item(Sample sample)) {
                    onOpen.accept(sample);
                }
            });
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            getStyleClass().removeAll("rx-topic", "rx-sample");
            if (empty || entry == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            switch (entry) {
                case Entry.Topic(String name, int count) -> {
                    getStyleClass().add("rx-topic");
                    setGraphic(null);
                    setText(name + "  (" + count + ")");
                    setTooltip(null);
                }
                case Entry.Item(Sample sample) -> {
                    getStyleClass().add("rx-sample");
                    title.setText(sample.title());
                    description.setText(sample.description());
                    description.setManaged(!sample.description().isEmpty());
                    description.setVisible(!sample.description().isEmpty());
                    setText(null);
                    setGraphic(sampleBox);
                    setTooltip(new javafx.scene.control.Tooltip(sample.id() + "\n" + sample.description()));
                }
            }
        }
    }
}
