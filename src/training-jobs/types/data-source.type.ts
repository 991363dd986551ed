import { Field, ObjectType } from "type-graphql";
import { DatasetSource } from "./dataset-source.type.js";
import { FileSystemDataSource } from "./file-system-data-source.type.js";
import { S3DataSource } from "./s3-data-source.type.js";

@ObjectType({ description: "Location of a channel's data: S3, a file system or a dataset." })
export class DataSource {
  @Field(() => S3DataSource, { nullable: true, description: "S3 data source." })
  s3DataSource!: S3DataSource | null;

  @Field(() => FileSystemDataSource, {
    nullable: true,
    description: "Amazon EFS or FSx for Lustre data source.",
  })
  fileSystemDataSource!: FileSystemDataSource | null;

  @Field(() => DatasetSource, {
    nullable: true,
    description: "Dataset resource used as data source.",
  })
  datasetSource!: DatasetSource | null;
}
