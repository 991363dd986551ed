import { Field, ObjectType } from "type-graphql";
import { CompressionType } from "./compression-type.enum.js";
import { DataSource } from "./data-source.type.js";
import { RecordWrapper } from "./record-wrapper.enum.js";
import { ShuffleConfig } from "./shuffle-config.type.js";
import { TrainingInputMode } from "./training-input-mode.enum.js";

@ObjectType({ description: "A named input of a training job and where its data comes from." })
export class Channel {
  @Field(() => String, {
    nullable: true,
    description: "Channel name as the training code sees it, for example train or validation.",
  })
  channelName!: string | null;

  @Field(() => DataSource, { nullable: true, description: "Location of the channel data." })
  dataSource!: DataSource | null;

  @Field(() => String, { nullable: true, description: "MIME type of the data." })
  contentType!: string | null;

  @Field(() => CompressionType, {
    nullable: true,
    description: "Compression of the input data; only used in Pipe mode.",
  })
  compressionType!: CompressionType | null;

  @Field(() => RecordWrapper, {
    nullable: true,
    description: "Whether SageMaker wraps each S3 object in a RecordIO record.",
  })
  recordWrapperType!: RecordWrapper | null;

  @Field(() => TrainingInputMode, {
    nullable: true,
    description: "Input mode of this channel, overriding the job default.",
  })
  inputMode!: TrainingInputMode | null;

  @Field(() => ShuffleConfig, {
    nullable: true,
    description: "Shuffling of the S3 objects of the channel.",
  })
  shuffleConfig!: ShuffleConfig | null;
}
