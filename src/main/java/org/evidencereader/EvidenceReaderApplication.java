package org.evidencereader;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EvidenceReaderApplication {
    public static void main(String[] args) {
        SpringApplication.run(EvidenceReaderApplication.class, args);
    }
}
