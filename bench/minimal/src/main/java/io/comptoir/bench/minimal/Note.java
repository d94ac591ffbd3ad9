package io.comptoir.bench.minimal;

import io.quarkus.mongodb.panache.PanacheMongoEntity;
import io.quarkus.mongodb.panache.common.MongoEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one entity: a short text, written by {@link NoteResource}. */
@MongoEntity(collection = "notes")
public class Note extends PanacheMongoEntity {

    @NotBlank
    @Size(max = 200)
    public String text;
}
