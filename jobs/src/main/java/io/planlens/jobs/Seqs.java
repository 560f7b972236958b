package io.planlens.jobs;

import java.util.List;

/** Spark rows carry arrays as Scala sequences. */
public final class Seqs {
    private Seqs() {}

    public static <T> scala.collection.immutable.Seq<T> of(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list == null ? List.<T>of() : list).toList();
    }
}
